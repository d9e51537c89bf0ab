-- wrk script for the console's overview bench (make bench-console, docs/console.md "Measured").
-- wrk counts 3xx as success; a session that lapsed would be a redirect to /login, so every
-- status other than 200 is counted here and reported, and the test fails on any.
-- Usage: wrk -t2 -c20 -d20s -s tools/bench/console-overview.lua -H "Cookie: …" http://127.0.0.1:PORT/villages

local threads = {}

setup = function(thread)
  table.insert(threads, thread)
end

init = function(args)
  not200 = 0
end

response = function(status, headers, body)
  if status ~= 200 then not200 = not200 + 1 end
end

done = function(summary, latency, requests)
  local not200 = 0
  for _, thread in ipairs(threads) do not200 = not200 + thread:get("not200") end
  local e = summary.errors
  io.write(string.format("requests %d\n", summary.requests))
  io.write(string.format("seconds %.1f\n", summary.duration / 1e6))
  io.write(string.format("rps %.1f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("not200 %d\n", not200))
  io.write(string.format("socket_errors %d\n", e.connect + e.read + e.write + e.timeout))
  for _, p in ipairs({50, 90, 95, 99}) do
    io.write(string.format("p%d_ms %.2f\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("max_ms %.2f\n", latency.max / 1000))
end
