-- wrk script: POST /api/checkout for users bench-<thread>-<n>, whose carts were filled beforehand.
local thread_id = 0
local n = 0
local counter = 0
setup = function(thread)
  thread:set("thread_id", counter)
  counter = counter + 1
end
request = function()
  n = n + 1
  local user = "bench-" .. thread_id .. "-" .. n
  local body = '{"userId":"' .. user .. '","userCurrency":"EUR","address":{"streetAddress":"1 Main St","city":"Town","state":"CA",' ..
    '"country":"US","zipCode":"94043"},"email":"bench@example.com","creditCard":{"creditCardNumber":"4111111111111111",' ..
    '"creditCardCvv":672,"creditCardExpirationYear":2099,"creditCardExpirationMonth":1}}'
  return wrk.format("POST", "/api/checkout", {["Content-Type"] = "application/json"}, body)
end
