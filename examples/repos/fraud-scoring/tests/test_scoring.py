from app.model import RiskModel


def test_fallback_flags_country_mismatch():
    m = RiskModel()
    assert m.score({"amount_minor": 100, "card_country": "DE", "ip_country": "BR"}) > 0.8


def test_fallback_accepts_domestic_payment():
    m = RiskModel()
    assert m.score({"amount_minor": 100, "card_country": "DE", "ip_country": "DE"}) < 0.5
