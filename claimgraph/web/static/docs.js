// The API docs page: Swagger UI from the installed swagger-ui-bundle, on this server's schema.
window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true});
