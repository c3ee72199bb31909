// The limits the volunteer's record forms show as they are typed (the comment's counter), apart from the
// schema: a form can show them without loading the schema's module.
export const COMMENT_MAX_LENGTH = 255;
