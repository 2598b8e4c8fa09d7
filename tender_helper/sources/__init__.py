"""Notice sources: TED API and packages, the eForms and TED R2.0.9 parsers, the HTTP client."""
