# One image for the three sites; compose.yaml picks the site with its command. It holds only what
# the sites need (requirements-sites.txt), not the harness (browser, Gymnasium, agents, grader).
FROM python:3.11-slim
WORKDIR /app
COPY requirements-sites.txt ./
RUN pip install --no-cache-dir -r requirements-sites.txt
COPY pyproject.toml README.md ./
COPY sandbox ./sandbox
RUN pip install --no-cache-dir --no-deps .
ENV SANDBOX_HOST=0.0.0.0
EXPOSE 8101 8102 8103
CMD ["python", "-m", "sandbox.websites", "serve", "forum", "--port", "8101"]
