/** The product-catalog service: ListProducts, GetProduct, SearchProducts. */
package dev.observatory.shop.productcatalog;
