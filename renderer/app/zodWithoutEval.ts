import { z } from 'zod';

// Our CSP forbids eval. Zod would probe for it to compile its object parsers, and the refusal
// makes Chromium report the violation with a source-position scan of the whole bundle (~40 ms
// of start-up); its interpreted parsers accept exactly the same input.
z.config({ jitless: true });
