//! The Loket reference site: a start page and every form in `forms/`, for Gemeente Enschede.

mod assets {
    include!(concat!(env!("OUT_DIR"), "/assets.rs"));
}
mod gallery;
mod gallery_lint;
mod pages;
mod site;

fn main() {
    leptos::mount::mount_to_body(site::Site);
}
