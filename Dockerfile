# Bordnotat's app server: gunicorn behind a load balancer, static files served by WhiteNoise.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    # The settings find templates/, static/ and locale/ next to the code in /app.
    PYTHONPATH=/app

WORKDIR /app

# WeasyPrint (the report as PDF) needs Pango, HarfBuzz's subsetter and a font.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fonts-dejavu-core fonts-noto-color-emoji \
    && rm -rf /var/lib/apt/lists/*

COPY . .
RUN pip install . \
    # Hashed, compressed copies for WhiteNoise's manifest storage (DEBUG is off).
    && python manage.py collectstatic --noinput \
    && useradd --system --uid 1000 --home-dir /app bordnotat

USER bordnotat
EXPOSE 8000

CMD ["gunicorn", "workshop.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--timeout", "120", "--access-logfile", "-"]
