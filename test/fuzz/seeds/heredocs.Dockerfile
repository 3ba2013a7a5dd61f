# syntax=docker/dockerfile:1
FROM debian:12-slim
RUN <<EOF
set -eux
apt-get update
apt-get install -y --no-install-recommends ca-certificates curl
rm -rf /var/lib/apt/lists/*
EOF
COPY <<-"CONF" /etc/app/app.conf
	listen = 0.0.0.0:8080
	workers = 4
	CONF
RUN <<EOT bash -o pipefail
curl -fsSL https://example.com/install.sh | sh
EOT
USER 1000:1000
CMD ["app", "--config", "/etc/app/app.conf"]
