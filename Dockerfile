# One image for the three sites; compose.yaml picks the site with its command.
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY sandbox ./sandbox
RUN pip install --no-cache-dir .
ENV SANDBOX_HOST=0.0.0.0
EXPOSE 8101 8102 8103
CMD ["python", "-m", "sandbox.websites", "serve", "forum", "--port", "8101"]
