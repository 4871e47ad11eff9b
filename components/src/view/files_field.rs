//! File upload: a native file input behind a labelled button, the chosen files as a list with
//! remove buttons, and polite announcements of what was added, removed or refused.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::context::{FormCtx, Kit, use_form, use_kit};
use super::question::QuestionWhy;
use super::question::{
    ErrorMessage, Hint, described_by, error_paragraph, hint_extra, label_or_heading,
};
use crate::core::rules::validate::check_file;
use crate::core::texts::messages::megabytes;
use crate::core::{Answer, FieldError, FileAnswer, Question, model::ids};

/// Reads the chosen files, refuses the ones the question does not accept (each with its own
/// message beside the field, not in the error summary: nothing was submitted) and adds the
/// rest to the answers. Everything that happened is announced together.
fn add_files(
    ctx: FormCtx,
    question: Question,
    chosen: Vec<web_sys::File>,
    said: RwSignal<String>,
    refused: RwSignal<Vec<FieldError>>,
    kit: Kit,
) {
    refused.set(Vec::new());
    ctx.errors
        .update(|errors| errors.retain(|e| e.question != question.id));
    leptos::task::spawn_local(async move {
        let mut announced = Vec::new();
        for file in chosen {
            let mut answer = FileAnswer {
                name: file.name(),
                media_type: file.type_(),
                size: file.size() as u64,
                content_base64: String::new(),
            };
            let already = ctx.answers.with_untracked(|a| a.files(&question.id).len());
            if let Some(rule) = check_file(&question, already, &answer) {
                let error = FieldError {
                    question: question.id.clone(),
                    rule,
                };
                announced.push(untrack(|| kit.error_text(&ctx.spec, &error)));
                refused.update(|r| r.push(error));
                continue;
            }
            let data_url = gloo_file::futures::read_as_data_url(&gloo_file::File::from(file)).await;
            let Ok(data_url) = data_url else { continue };
            answer.content_base64 = data_url
                .split_once("base64,")
                .map(|(_, d)| d.to_string())
                .unwrap_or_default();
            announced.push(kit.tf("loket-files-added", &[("file", answer.name.clone().into())]));
            let mut files = ctx.answers.with_untracked(|a| a.files(&question.id));
            files.push(answer);
            ctx.answer(&question.id, Answer::Files(files));
        }
        said.set(announced.join(" "));
    });
}

/// A files question: label, hint with the accepted types and sizes, why, error, the button to
/// choose files and the list of chosen files.
#[component]
pub fn FilesField(question: Question, as_heading: bool) -> impl IntoView {
    let kit = use_kit();
    let ctx = use_form();
    let form = ctx.form().to_string();
    let qid = question.id.clone();
    let cid = ids::control(&form, &qid);
    let accept = match &question.kind {
        crate::core::QuestionKind::Files { accept, .. } => accept.join(","),
        _ => String::new(),
    };
    let said = RwSignal::new(String::new());
    let refused = RwSignal::new(Vec::<FieldError>::new());
    let refused_id = format!("{cid}-refused");
    let on_change = {
        let (ctx, question, kit) = (ctx.clone(), question.clone(), kit.clone());
        move |ev: leptos::ev::Event| {
            let Some(input) = ev
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let mut chosen = Vec::new();
            if let Some(list) = input.files() {
                for i in 0..list.length() {
                    if let Some(file) = list.get(i) {
                        chosen.push(file);
                    }
                }
            }
            // Let the same file be chosen again after removing it.
            input.set_value("");
            add_files(
                ctx.clone(),
                question.clone(),
                chosen,
                said,
                refused,
                kit.clone(),
            );
        }
    };
    let chosen_id = format!("{cid}-chosen");
    let list = {
        let (ctx, kit, qid, chosen_id) = (ctx.clone(), kit.clone(), qid.clone(), chosen_id.clone());
        move || {
            let files = ctx.answers.with(|a| a.files(&qid));
            (!files.is_empty()).then(|| {
                let title = kit.text("loket-files-chosen");
                let items = files
                    .into_iter()
                    .enumerate()
                    .map(|(index, file)| {
                        let (kr, ks) = (kit.clone(), kit.clone());
                        let (ctx, qid) = (ctx.clone(), qid.clone());
                        let name = file.name.clone();
                        let size = megabytes(file.size.max(100_000));
                        let remove = move |_| {
                            let mut removed = String::new();
                            let mut files = ctx.answers.with_untracked(|a| a.files(&qid));
                            if index < files.len() {
                                removed = files.remove(index).name;
                            }
                            ctx.answer(&qid, Answer::Files(files));
                            refused.set(Vec::new());
                            said.set(kr.tf("loket-files-removed", &[("file", removed.into())]));
                            ctx.host.focus_soon(ids::control(ctx.form(), &qid));
                        };
                        let remove_text = ks.text("loket-files-remove");
                        let hidden_name = name.clone();
                        view! {
                            <li class="loket-files__item">
                                <span class="loket-files__name">{name}</span>" "
                                <span class="loket-files__size">"(" {move || ks.tf("loket-files-size", &[("size", crate::core::texts::i18n::Arg::Number(size))])} ")"</span>
                                <button type="button" class="loket-link-button loket-files__remove" on:click=remove>
                                    {remove_text}
                                    <span class="loket-visually-hidden">" " {hidden_name.clone()}</span>
                                </button>
                            </li>
                        }
                    })
                    .collect_view();
                view! {
                    <p class="loket-files__title" id=chosen_id.clone()>{title}</p>
                    <ul class="loket-files" aria-labelledby=chosen_id.clone()>{items}</ul>
                }
            })
        }
    };
    let has_error = {
        let error = ctx.has_error(&qid);
        move || error() || refused.with(|r| !r.is_empty())
    };
    let invalid = {
        let has_error = has_error.clone();
        move || has_error().then_some("true")
    };
    let described = {
        let base = described_by(&qid, true);
        let refused_id = refused_id.clone();
        move || {
            let mut list = base();
            if refused.with(|r| !r.is_empty()) {
                list.push(' ');
                list.push_str(&refused_id);
            }
            list
        }
    };
    let refusals = {
        let (kit, spec) = (kit.clone(), ctx.spec.clone());
        move || {
            let errors = refused.get();
            (!errors.is_empty()).then(|| {
                let items = errors
                    .into_iter()
                    .map(|error| error_paragraph(&kit, spec.clone(), error, None))
                    .collect_view();
                view! { <div id=refused_id.clone()>{items}</div> }
            })
        }
    };
    view! {
        <div class="utrecht-form-field loket-question loket-file" class:loket-question--error=has_error>
            {label_or_heading(&question, as_heading)}
            <Hint question=qid.clone() extra=hint_extra(&question)/>
            <QuestionWhy question=qid.clone()/>
            <ErrorMessage question=qid.clone()/>
            {refusals}
            <input
                class="loket-file__input"
                type="file"
                multiple
                id=cid.clone()
                name=cid.clone()
                accept=accept
                aria-describedby=described
                aria-invalid=invalid
                on:change=on_change
            />
            <label class="utrecht-button utrecht-button--secondary-action loket-button loket-file__button" for=cid.clone()>
                {kit.text("loket-files-choose")}
            </label>
            {list}
            <div class="loket-visually-hidden" aria-live="polite">{move || said.get()}</div>
        </div>
    }
}
