export { CommentService, type CommentServiceOptions, type NewThread } from './comment-service';
export { createCommentHandlers } from './handlers';
export { isReviewCopy } from './repository';
