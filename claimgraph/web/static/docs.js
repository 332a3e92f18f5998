// The API docs page: Swagger UI from the installed swagger-ui-bundle, on this server's schema (written as
// OpenAPI 3.0, which this Swagger UI reads).
window.ui = SwaggerUIBundle({url: "/docs/openapi.json", dom_id: "#swagger-ui", deepLinking: true});
