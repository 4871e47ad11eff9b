// Starts Loket without an inline script, so the site runs under a Content-Security-Policy
// without 'unsafe-inline'. Trunk writes no loader of its own (`pattern_script` in Trunk.toml)
// but still preloads the JavaScript glue (modulepreload) and the WebAssembly (preload), each with
// its sha384 integrity: this imports the glue and fetches the WebAssembly with that integrity.
const glue = document.querySelector('link[rel="modulepreload"]');
const wasm = document.querySelector('link[rel="preload"][type="application/wasm"]');
const { default: init } = await import(glue.href);
const module_or_path = fetch(wasm.href, { integrity: wasm.getAttribute('integrity') });
const started = await init({ module_or_path });
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: started } }));
