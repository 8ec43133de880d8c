"""The OpenAPI document is served and describes every endpoint and its error answers."""

from __future__ import annotations

import httpx

EXPECTED = {
    ("post", "/v1/enrol"), ("get", "/v1/hello"), ("post", "/v1/hello"),
    ("post", "/v1/login"), ("post", "/v1/password"), ("post", "/v1/logout"),
    ("get", "/v1/me"), ("get", "/v1/health"),
    ("post", "/v1/sync/push"), ("get", "/v1/sync/pull"), ("get", "/v1/sync/check"),
    ("get", "/v1/conflicts"), ("get", "/v1/reviews"), ("post", "/v1/reviews"),
    ("post", "/v1/clients/{client_id}/assign"), ("post", "/v1/clients/{client_id}/shares"),
    ("delete", "/v1/clients/{client_id}/shares/{user}"),
    ("post", "/v1/clients/{client_id}/purge"), ("get", "/v1/figures"),
    ("get", "/v1/figures/scopes"), ("get", "/v1/directory"),
    ("get", "/v1/admin/organisations"), ("post", "/v1/admin/organisations"),
    ("get", "/v1/admin/teams"), ("post", "/v1/admin/teams"),
    ("get", "/v1/admin/users"), ("post", "/v1/admin/users"),
    ("post", "/v1/admin/users/{user_id}/password-reset"),
    ("post", "/v1/admin/users/{user_id}/enrolment-codes"),
    ("get", "/v1/admin/devices"), ("post", "/v1/admin/devices/{device_id}/revoke"),
    ("put", "/v1/admin/reference/{table}/{row_id}"),
}


def test_the_openapi_document_lists_every_endpoint(http: httpx.Client):
    answer = http.get("/openapi.json")
    assert answer.status_code == 200
    document = answer.json()
    operations = {(method, path) for path, item in document["paths"].items()
                  for method in item}
    assert operations == EXPECTED
    for path, item in document["paths"].items():
        for method, operation in item.items():
            assert operation.get("summary") and operation.get("description"), (method, path)
            assert "200" in operation["responses"] or "201" in operation["responses"] \
                or "204" in operation["responses"], (method, path)


def test_authenticated_endpoints_document_the_bearer_scheme_and_401(http: httpx.Client):
    document = http.get("/openapi.json").json()
    assert document["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    for path, method in [("/v1/hello", "post"), ("/v1/me", "get"), ("/v1/password", "post")]:
        operation = document["paths"][path][method]
        assert operation["security"] == [{"HTTPBearer": []}]
        assert "401" in operation["responses"]
    enrol = document["paths"]["/v1/enrol"]["post"]["responses"]
    assert {"401", "413", "422", "429"} <= set(enrol)


def test_interactive_docs_are_served(http: httpx.Client):
    assert http.get("/docs").status_code == 200
