-- wrk script: a flood of distinct addresses and Accept-Encoding values, as a crawler or an attacker would
-- send: the dashboard with a new query string, an unknown path, a chart page with a new query string, each
-- with an Accept-Encoding value never seen before. No two requests are alike.
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("id", thread_count)
end

local n = 0
function request()
  n = n + 1
  local k = n * 64 + id
  local kind = n % 3
  local path
  if kind == 0 then
    path = "/ko/KRW/?utm_source=flood&q=" .. k
  elseif kind == 1 then
    path = "/no-such-page-" .. k
  else
    path = "/en/USD/charts/annual-pace?ref=" .. k
  end
  return wrk.format("GET", path, { ["Accept-Encoding"] = "br;q=0." .. (k % 9 + 1) .. ", x-flood-" .. k .. ", gzip" })
end
