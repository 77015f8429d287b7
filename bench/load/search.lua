-- wrk script: GET /api/v1/search the way people search the archive. A pool of distinct searches is drawn
-- (seeded, the same in every wrk thread) from the project's domain dictionary (corpus/dict/zugong.txt): one to
-- three words, quoted phrases, exclusions, browsing, with region/year/kind/section filters, sorts and pages.
--
-- SEARCH_MODE=mixed (default): each request picks a search of the pool by a Zipf law (rank r with weight
--   1/r^SEARCH_ZIPF), as search logs are: a few searches very often, a long tail rarely. SEARCH_POOL sets the
--   pool's size (1000). A share SEARCH_UNIQUE (0.2) of the requests is made unique, as below: the searches
--   nobody repeats, however long the run. The rest repeat, and are what a result cache can answer.
-- SEARCH_MODE=distinct: the same draw, but every request is made unique by excluding a word that occurs
--   nowhere (-zq<run><thread>x<n>), which costs the engine next to nothing: no request can be a cache hit,
--   so this measures the engine itself.
local dictionary = os.getenv("SEARCH_DICT") or "corpus/dict/zugong.txt"
local mode = os.getenv("SEARCH_MODE") or "mixed"
local pool_size = tonumber(os.getenv("SEARCH_POOL") or "1000")
local zipf = tonumber(os.getenv("SEARCH_ZIPF") or "1.0")
local unique_share = mode == "distinct" and 1 or tonumber(os.getenv("SEARCH_UNIQUE") or "0.2")

local function read_terms(path)
  local terms = {}
  local file = assert(io.open(path, "r"), "cannot read the dictionary " .. path .. " (set SEARCH_DICT)")
  for line in file:lines() do
    local term = line:match("^([^#%s]+)")
    if term and #term >= 6 then terms[#terms + 1] = term end -- two ideographs or more (3 bytes each)
  end
  file:close()
  return terms
end

local provinces = { "安徽省", "河南省", "江苏省", "浙江省", "山东省", "湖北省", "湖南省", "江西省", "四川省", "广东省",
  "河北省", "福建省", "陕西省", "山西省", "安徽省/安庆市", "安徽省/合肥市" }
local kinds = { "bulletin", "notice", "web_article", "newspaper_page" }
local sections = { "市内信息", "市外参考" }

local function encode(s)
  return (s:gsub("[^%w%-_%.~=&/]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local function pick(list) return list[math.random(#list)] end

-- One search as the query string of a URL, e.g. q=党建引领 基层治理&region=安徽省&sort=newest
local function draw(terms)
  local parts = {}
  local shape = math.random(100)
  if shape <= 40 then parts[#parts + 1] = "q=" .. pick(terms)
  elseif shape <= 65 then parts[#parts + 1] = "q=" .. pick(terms) .. " " .. pick(terms)
  elseif shape <= 73 then parts[#parts + 1] = "q=" .. pick(terms) .. " " .. pick(terms) .. " " .. pick(terms)
  elseif shape <= 85 then parts[#parts + 1] = "q=\"" .. pick(terms) .. "\""
  elseif shape <= 92 then parts[#parts + 1] = "q=" .. pick(terms) .. " -" .. pick(terms)
  end -- else: browsing by filters only
  local filters = math.random(100)
  if filters <= 12 or shape > 92 then parts[#parts + 1] = "region=" .. pick(provinces) end
  if filters > 12 and filters <= 24 or shape > 96 then parts[#parts + 1] = "year=" .. math.random(2015, 2024) end
  if filters > 24 and filters <= 32 then parts[#parts + 1] = "kind=" .. pick(kinds) end
  if filters > 32 and filters <= 38 then parts[#parts + 1] = "section=" .. pick(sections) end
  local sort = math.random(100)
  if sort <= 12 then parts[#parts + 1] = "sort=newest" elseif sort <= 16 then parts[#parts + 1] = "sort=oldest" end
  local page = math.random(100)
  if page <= 10 then parts[#parts + 1] = "page=2" elseif page <= 14 then parts[#parts + 1] = "page=3" end
  return table.concat(parts, "&")
end

local pool, cumulative = {}, {}
local run = 0

function init(args)
  math.randomseed(20261123)
  local terms = read_terms(dictionary)
  local seen = {}
  while #pool < pool_size do
    local search = draw(terms)
    if search ~= "" and not seen[search] then
      seen[search] = true
      pool[#pool + 1] = search
    end
  end
  local total = 0
  for rank = 1, #pool do
    total = total + 1 / rank ^ zipf
    cumulative[rank] = total
  end
  for rank = 1, #pool do cumulative[rank] = cumulative[rank] / total end
  run = (tonumber(tostring({}):match("0x(%x+)"), 16) or 0) % 1000000 + os.time() % 1000000
  math.randomseed(run)
end

local counter = 0

-- thread_id is a global of each thread's own Lua state, set here from the main one.
function setup(thread)
  counter = counter + 1
  thread:set("thread_id", counter)
end

local function zipf_rank()
  local u, lo, hi = math.random(), 1, #cumulative
  while lo < hi do
    local mid = math.floor((lo + hi) / 2)
    if cumulative[mid] < u then lo = mid + 1 else hi = mid end
  end
  return lo
end

local n = 0
function request()
  n = n + 1
  local search = pool[zipf_rank()]
  if math.random() < unique_share then
    local unique = "-zq" .. run .. "t" .. (thread_id or 0) .. "x" .. n
    if search:sub(1, 2) == "q=" then
      search = search:gsub("^q=([^&]*)", function(q) return "q=" .. q .. " " .. unique end)
    else
      search = "q=" .. unique .. "&" .. search
    end
  end
  return wrk.format("GET", "/api/v1/search?" .. encode(search))
end
