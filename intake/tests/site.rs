//! The built site as the service sends it: compressed once, in the form each browser takes;
//! cached for good when named after its contents; pages with their security headers; page
//! addresses get their prerendered first step in the language asked for.

mod common;

use common::{client, sqlite, start};

#[tokio::test]
async fn each_browser_gets_the_compression_it_takes_and_the_same_bytes() {
    let db = sqlite();
    let service = start(&db).await;
    let c = client();
    let url = service.at("/app-3f1c0b7e9a2d4c61.js");
    let plain = c
        .get(&url)
        .header("accept-encoding", "identity")
        .send()
        .await
        .unwrap();
    assert_eq!(plain.headers().get("content-encoding"), None);
    assert_eq!(
        plain.headers()["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(
        plain.headers()["content-type"],
        "text/javascript; charset=utf-8"
    );
    let original = plain.bytes().await.unwrap();

    let br = c
        .get(&url)
        .header("accept-encoding", "gzip, deflate, br")
        .send()
        .await
        .unwrap();
    assert_eq!(br.headers()["content-encoding"], "br");
    assert_eq!(br.headers()["vary"], "Accept-Encoding");
    let packed = br.bytes().await.unwrap();
    assert!(
        packed.len() * 10 < original.len(),
        "{} of {}",
        packed.len(),
        original.len()
    );
    let mut unpacked = Vec::new();
    brotli::BrotliDecompress(&mut &packed[..], &mut unpacked).unwrap();
    assert_eq!(unpacked, original);

    let gz = c
        .get(&url)
        .header("accept-encoding", "gzip;q=1, br;q=0")
        .send()
        .await
        .unwrap();
    assert_eq!(gz.headers()["content-encoding"], "gzip");
    let packed = gz.bytes().await.unwrap();
    let mut unpacked = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::GzDecoder::new(&packed[..]),
        &mut unpacked,
    )
    .unwrap();
    assert_eq!(unpacked, original);
    service.stop().await;
}

#[tokio::test]
async fn an_unchanged_file_is_not_sent_again() {
    let db = sqlite();
    let service = start(&db).await;
    let c = client();
    let first = c
        .get(service.at("/loket-embed.js"))
        .header("accept-encoding", "br")
        .send()
        .await
        .unwrap();
    assert_eq!(first.headers()["cache-control"], "no-cache");
    let etag = first.headers()["etag"].to_str().unwrap().to_string();
    let again = c
        .get(service.at("/loket-embed.js"))
        .header("accept-encoding", "br")
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status().as_u16(), 304);
    assert!(again.bytes().await.unwrap().is_empty());
    service.stop().await;
}

#[tokio::test]
async fn pages_get_their_prerendered_step_and_their_security_headers() {
    let db = sqlite();
    let service = start(&db).await;
    let c = client();
    for (path, title) in [
        ("/klacht", "klacht nl"),
        ("/klacht?lang=en", "klacht en"),
        ("/klacht?lang=de", "app"),
        ("/woo-verzoek", "app"),
        ("/loket", "app"),
        ("/", "start"),
    ] {
        let page = c.get(service.at(path)).send().await.unwrap();
        assert_eq!(page.status().as_u16(), 200, "{path}");
        let headers = page.headers().clone();
        assert_eq!(headers["content-type"], "text/html; charset=utf-8");
        assert_eq!(
            headers["content-security-policy"],
            loket_intake::site::CONTENT_SECURITY_POLICY
        );
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert_eq!(headers["referrer-policy"], "no-referrer");
        assert_eq!(headers["cache-control"], "no-cache");
        let text = page.text().await.unwrap();
        assert!(
            text.contains(&format!("<title>{title}</title>")),
            "{path}: {text:.120}"
        );
    }
    let missing = c.get(service.at("/favicon.ico")).send().await.unwrap();
    assert_eq!(missing.status().as_u16(), 404);
    assert_eq!(missing.headers()["content-type"], "application/json");
    service.stop().await;
}

#[tokio::test]
async fn another_profile_is_written_into_every_page_and_gets_no_prerendered_steps() {
    let db = sqlite();
    let service = common::start_with(&db, |s| s.profile = Some("haaksbergen".into())).await;
    let page = client()
        .get(service.at("/klacht"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(r#"<meta name="loket-profile" content="haaksbergen">"#),
        "{page:.200}"
    );
    assert!(page.contains("<title>app</title>"));
    // Haaksbergen offers no event permit.
    let status = client()
        .post(service.at("/api/submissions/vergunning-evenement"))
        .header("content-type", "application/json")
        .body("{}")
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status.as_u16(), 404);
    service.stop().await;
}
