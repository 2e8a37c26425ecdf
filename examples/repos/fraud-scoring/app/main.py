import structlog
from fastapi import FastAPI
from pydantic import BaseModel, Field

from app.model import RiskModel

log = structlog.get_logger()
app = FastAPI(title="Fraud scoring API", version="0.9.0")
model = RiskModel.from_env()


class ScoreRequest(BaseModel):
    payment_id: str
    amount_minor: int = Field(gt=0)
    currency: str = Field(pattern=r"^[A-Z]{3}$")
    card_country: str
    ip_country: str


class ScoreResponse(BaseModel):
    score: float


@app.post("/v1/score", response_model=ScoreResponse)
def score(req: ScoreRequest) -> ScoreResponse:
    s = model.score(req.model_dump())
    log.info("scored", payment_id=req.payment_id, score=round(s, 3))
    return ScoreResponse(score=s)


@app.get("/healthz")
def healthz() -> dict:
    return {"status": "ok"}


@app.get("/readyz")
def readyz() -> dict:
    return {"status": "ready" if model.loaded else "loading"}
