-- wrk script: requests every path of a file in turn (one path a line), each thread starting at its own
-- place, so a run measures a mix of addresses rather than one. Usage: wrk ... -s mix.lua URL -- PATHS_FILE
local paths = {}
local next_index = 1
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("offset", thread_count * 7)
end

function init(args)
  for line in io.lines(args[1]) do
    if #line > 0 then paths[#paths + 1] = line end
  end
  next_index = ((offset or 0) % #paths) + 1
end

function request()
  local path = paths[next_index]
  next_index = next_index % #paths + 1
  return wrk.format("GET", path)
end
