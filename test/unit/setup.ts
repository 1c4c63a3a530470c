// The full Automerge entry initialises its wasm under Node; shared/ code imports the slim entry.
import '@automerge/automerge';
