-- wrk script: GET /api/v1/search with a rotating mix of queries, facet filters, sorts and pages,
-- the way people search the archive (words, a phrase, an exclusion, browsing by facet).
local searches = {
  "q=干部",
  "q=疫情防控",
  "q=考察识别 干部",
  "q=党建&region=安徽省",
  "q=\"疫情防控\"&sort=newest",
  "q=基层党组织 -疫情",
  "q=组织部&kind=bulletin",
  "section=市内信息",
  "year=2022&year=2023",
  "q=党员 先锋&page=2",
  "q=人才&sort=oldest",
  "q=乡村振兴&region=安徽省/安庆市",
  "kind=notice",
  "q=红色堡垒&size=20",
  "q=网格化管理",
  "series=安庆组工信息&sort=newest",
}

local function encode(s)
  return (s:gsub("[^%w%-_%.~=&/]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local paths = {}
for i, s in ipairs(searches) do
  paths[i] = "/api/v1/search?" .. encode(s)
end

local counter = 0

function setup(thread)
  thread:set("offset", counter)
  counter = counter + 5
end

local n = 0
function request()
  n = n + 1
  return wrk.format("GET", paths[((n + (offset or 0)) % #paths) + 1])
end
