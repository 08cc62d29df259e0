-- A worker that stops early (Ctrl-C, an error) gives its unfinished requests back.
local moved = 0
for _, lease in ipairs(redis.call('HVALS', KEYS[2])) do
  local cut = string.find(lease, '\n', 1, true)
  redis.call('ZADD', KEYS[1], tonumber(string.sub(lease, 1, cut - 1)), string.sub(lease, cut + 1))
  moved = moved + 1
end
redis.call('DEL', KEYS[2])
redis.call('ZREM', KEYS[3], ARGV[1])
return moved
