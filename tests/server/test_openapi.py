"""The OpenAPI document is served and describes every endpoint and its error answers."""

from __future__ import annotations

import httpx

EXPECTED = {
    ("post", "/v1/enrol"), ("get", "/v1/hello"), ("post", "/v1/hello"),
    ("post", "/v1/login"), ("post", "/v1/password"), ("post", "/v1/logout"),
    ("get", "/v1/me"), ("get", "/v1/health"),
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
