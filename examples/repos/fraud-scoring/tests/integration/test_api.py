from fastapi.testclient import TestClient

from app.main import app

client = TestClient(app)


def test_score_endpoint_round_trip():
    res = client.post(
        "/v1/score",
        json={"payment_id": "p1", "amount_minor": 1999, "currency": "EUR",
              "card_country": "DE", "ip_country": "DE"},
    )
    assert res.status_code == 200
    assert 0 <= res.json()["score"] <= 1


def test_rejects_invalid_currency():
    res = client.post(
        "/v1/score",
        json={"payment_id": "p1", "amount_minor": 1, "currency": "eur",
              "card_country": "DE", "ip_country": "DE"},
    )
    assert res.status_code == 422
