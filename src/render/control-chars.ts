// C0/C1 control characters and bidirectional overrides: they can rewrite a terminal screen
// or reorder text in a comment, so repository strings never carry them into output.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
