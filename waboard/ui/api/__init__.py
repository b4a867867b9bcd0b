"""The Cloud API in the app: Tools > Cloud API server, and the API traffic dock."""
