/**
 * Operations: the endpoints attached to a model. Extend
 * {@link org.slumber.core.operation.ModelOperation} for an operation on the model
 * ({@code <model>/<name>/}) or {@link org.slumber.core.operation.InstanceOperation} for one
 * that takes a primary key ({@code <model>/<name>/<pk>/}), and override one method per HTTP
 * method it answers. {@code OPTIONS} and {@code 405} with {@code Allow} come for free.
 *
 * <pre>{@code
 * final class OrderPizza extends InstanceOperation {
 *     protected void get(OperationCall call, String pk) {
 *         call.response().put("form", Map.of("quantity", "integer"));
 *     }
 *     protected void post(OperationCall call, String pk) {
 *         throw new OperationException.NotImplemented("ordering is not open yet");
 *     }
 * }
 * }</pre>
 */
package org.slumber.core.operation;
