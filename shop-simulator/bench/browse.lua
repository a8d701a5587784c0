-- wrk script: GET /api/products/{id} over the catalog's ids (read from PRODUCTS, comma-separated).
local ids = {}
for id in string.gmatch(os.getenv("PRODUCTS") or "", "[^,]+") do ids[#ids + 1] = id end
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", "/api/products/" .. ids[(i % #ids) + 1])
end
