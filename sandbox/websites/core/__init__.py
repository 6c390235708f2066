"""What every site shares: tenants, the control API, sessions, error pages, the server entry."""
