import os

import joblib


class RiskModel:
    def __init__(self, estimator=None):
        self.estimator = estimator

    @property
    def loaded(self) -> bool:
        return self.estimator is not None

    @classmethod
    def from_env(cls) -> "RiskModel":
        path = os.environ.get("MODEL_PATH")
        return cls(joblib.load(path) if path and os.path.exists(path) else None)

    def score(self, features: dict) -> float:
        if self.estimator is None:
            # Rule-based fallback until the model is loaded.
            return 0.9 if features["card_country"] != features["ip_country"] else 0.1
        return float(self.estimator.predict_proba([self._vector(features)])[0][1])

    @staticmethod
    def _vector(f: dict) -> list:
        return [f["amount_minor"], int(f["card_country"] != f["ip_country"])]
