// Receives a wasm URL, answers with the compiled module or the reason it did not compile.
// Streaming compilation reads and writes Chromium's code cache, as it would on the page.
import { errorMessage } from '../../shared/errorMessage';

self.onmessage = (event: MessageEvent<string>) => {
  WebAssembly.compileStreaming(fetch(event.data)).then(
    (module) => self.postMessage(module),
    (error: unknown) => self.postMessage(errorMessage(error)),
  );
};
