"""A local WhatsApp Cloud API in front of the workspace: Graph-shaped endpoints, webhooks
to the business's URL, and a control API for test automation (docs/cloud-api.md)."""
