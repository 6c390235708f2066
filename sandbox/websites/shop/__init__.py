"""OneStopShop: a Magento-like storefront with customer accounts and an admin at ``/admin``."""
