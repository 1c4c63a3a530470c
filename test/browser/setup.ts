// Renderer code imports Automerge's slim entries, which need the wasm compiled first.
import { initAutomerge } from '../../renderer/storage/automergeWasm';

await initAutomerge();
