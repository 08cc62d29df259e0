-- Heartbeat: put the leases of workers silent for ARGV[2] seconds back in the queue, then record this
-- worker as alive. With ARGV[4] = '1' (a worker starting), an empty queue and no live worker mean the
-- previous round is over: forget its duplicate filter and pushed articles.
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local dead = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[2]))
local moved = 0
for _, worker in ipairs(dead) do
  if worker ~= ARGV[3] then
    for _, lease in ipairs(redis.call('HVALS', ARGV[1] .. worker)) do
      local cut = string.find(lease, '\n', 1, true)
      redis.call('ZADD', KEYS[2], tonumber(string.sub(lease, 1, cut - 1)), string.sub(lease, cut + 1))
      moved = moved + 1
    end
    redis.call('DEL', ARGV[1] .. worker)
    redis.call('ZREM', KEYS[1], worker)
  end
end
local fresh = 0
if ARGV[4] == '1' and redis.call('ZCARD', KEYS[2]) == 0 then
  local others = redis.call('ZCARD', KEYS[1]) - (redis.call('ZSCORE', KEYS[1], ARGV[3]) and 1 or 0)
  if others == 0 then
    redis.call('DEL', KEYS[3], KEYS[4])
    fresh = 1
  end
end
redis.call('ZADD', KEYS[1], now, ARGV[3])
return {moved, fresh}
