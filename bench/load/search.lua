-- wrk script: GET /api/v1/search with searches drawn from the archive under test. The pool is the file
-- SEARCH_MIX (written by `bench query-mix --data DIR --out FILE`): one search a line, "some" or "none" (meant to
-- match nothing), a tab, and the search as a query string: words of the archive's own articles at several
-- document frequencies, two or three of one article's words, a stretch of a body in quotes, part of a title,
-- facet values that exist, later pages sorted by date, and a few made-up words.
--
-- SEARCH_MODE=mixed (default): each request picks a search of the pool by a Zipf law (rank r with weight
--   1/r^SEARCH_ZIPF), as search logs are: a few searches very often, a long tail rarely. A share SEARCH_UNIQUE (0.2)
--   of the requests is made unique, as below: the searches nobody repeats, however long the run. The rest repeat,
--   and are what a result cache can answer.
-- SEARCH_MODE=distinct: the same draw, but every request is made unique by excluding a word that occurs
--   nowhere (-zq<run><thread>x<n>), which changes no answer: no request can be a cache hit, so this measures the
--   engine itself.
--
-- Every response's total is counted (0, 1-10, 11-1,000, more); done() prints the distribution and FAIL when more
-- than 5% of the requests found nothing without being meant to.
local mix_file = os.getenv("SEARCH_MIX") or error("set SEARCH_MIX to a file written by `bench query-mix`")
local mode = os.getenv("SEARCH_MODE") or "mixed"
local zipf = tonumber(os.getenv("SEARCH_ZIPF") or "1.0")
local unique_share = mode == "distinct" and 1 or tonumber(os.getenv("SEARCH_UNIQUE") or "0.2")

local pool, meant_none, cumulative = {}, {}, {}
local run = 0

function init(args)
  local file = assert(io.open(mix_file, "r"), "cannot read " .. mix_file)
  for line in file:lines() do
    local expect, search = line:match("^(%a+)\t(.*)$")
    if search then
      pool[#pool + 1] = search
      meant_none[#pool] = expect == "none"
    end
  end
  file:close()
  assert(#pool > 0, mix_file .. " holds no searches")
  local total = 0
  for rank = 1, #pool do
    total = total + 1 / rank ^ zipf
    cumulative[rank] = total
  end
  for rank = 1, #pool do cumulative[rank] = cumulative[rank] / total end
  run = (tonumber(tostring({}):match("0x(%x+)"), 16) or 0) % 1000000 + os.time() % 1000000
  math.randomseed(run)
end

local threads = {}

-- thread_id is a global of each thread's own Lua state, set here from the main one; done() reads each thread's counts.
function setup(thread)
  threads[#threads + 1] = thread
  thread:set("thread_id", #threads)
end

local function zipf_rank()
  local u, lo, hi = math.random(), 1, #cumulative
  while lo < hi do
    local mid = math.floor((lo + hi) / 2)
    if cumulative[mid] < u then lo = mid + 1 else hi = mid end
  end
  return lo
end

sent, sent_none, zero, small, middle, large = 0, 0, 0, 0, 0, 0

function request()
  sent = sent + 1
  local rank = zipf_rank()
  local search = pool[rank]
  if meant_none[rank] then sent_none = sent_none + 1 end
  if math.random() < unique_share then
    local unique = "%20-zq" .. run .. "t" .. (thread_id or 0) .. "x" .. sent
    if search:sub(1, 2) == "q=" then
      search = search:gsub("^q=([^&]*)", function(q) return "q=" .. q .. unique end)
    else
      search = "q=" .. unique:sub(4) .. "&" .. search
    end
  end
  return wrk.format("GET", "/api/v1/search?" .. search)
end

function response(status, headers, body)
  local total = tonumber(body:match('"total":(%d+)') or "-1")
  if total == 0 then zero = zero + 1
  elseif total >= 1 and total <= 10 then small = small + 1
  elseif total > 10 and total <= 1000 then middle = middle + 1
  elseif total > 1000 then large = large + 1 end
end

function done(summary, latency, requests)
  local sum = { zero = 0, small = 0, middle = 0, large = 0, sent = 0, sent_none = 0 }
  for _, thread in ipairs(threads) do
    for name, _ in pairs(sum) do sum[name] = sum[name] + (thread:get(name) or 0) end
  end
  local counted = sum.zero + sum.small + sum.middle + sum.large
  local function share(n) return string.format("%d (%.1f%%)", n, counted > 0 and 100 * n / counted or 0) end
  local unintended = math.max(0, sum.zero - sum.sent_none)
  io.write(string.format("hits per search over %d answers: 0 %s (%d meant to), 1-10 %s, 11-1,000 %s, more %s; unintended zero-hit %s (limit 5%%)\n",
    counted, share(sum.zero), sum.sent_none, share(sum.small), share(sum.middle), share(sum.large), share(unintended)))
  if counted > 0 and unintended > 0.05 * counted then
    io.write("FAIL: more than 5% of the searches found nothing without being meant to\n")
  end
end
