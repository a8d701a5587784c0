-- wrk script: for user bench-<thread>-<n>, POST /api/cart then POST /api/checkout, pipelined on one
-- connection so the cart is filled before its checkout. wrk counts both responses.
local thread_id = 0
local n = 0
local counter = 0
setup = function(thread)
  thread:set("thread_id", counter)
  counter = counter + 1
end
init = function(args)
  product = os.getenv("PRODUCT")
end
request = function()
  n = n + 1
  local user = "bench-" .. thread_id .. "-" .. n
  local headers = {["Content-Type"] = "application/json"}
  local add = '{"userId":"' .. user .. '","item":{"productId":"' .. product .. '","quantity":1}}'
  local checkout = '{"userId":"' .. user .. '","userCurrency":"EUR","address":{"streetAddress":"1 Main St","city":"Town","state":"CA",' ..
    '"country":"US","zipCode":"94043"},"email":"bench@example.com","creditCard":{"creditCardNumber":"4111111111111111",' ..
    '"creditCardCvv":672,"creditCardExpirationYear":2099,"creditCardExpirationMonth":1}}'
  return wrk.format("POST", "/api/cart", headers, add) .. wrk.format("POST", "/api/checkout", headers, checkout)
end
