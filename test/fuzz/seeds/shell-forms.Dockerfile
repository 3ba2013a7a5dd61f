FROM python:3.12-alpine
ONBUILD COPY requirements.txt /src/
ONBUILD RUN pip install --no-cache-dir -r /src/requirements.txt
ENV PIP_NO_CACHE_DIR=1 \
    PYTHONDONTWRITEBYTECODE=1
ARG EXTRA
RUN apk add --no-cache build-base && pip install gunicorn==22.0.0 && apk del build-base
RUN if [ -n "$EXTRA" ]; then pip install "$EXTRA"; fi; echo "${EXTRA:-none}" > /extra
ADD https://example.com/archive.tar.gz /tmp/
LABEL org.opencontainers.image.source="https://example.com/repo" maintainer="team"
VOLUME /data
STOPSIGNAL SIGTERM
WORKDIR /srv
COPY . .
CMD gunicorn -b 0.0.0.0:8000 app:app
