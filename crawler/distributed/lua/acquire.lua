-- A request to a host may start when fewer than ARGV[3] requests to it are in flight (slots of workers
-- that are no longer alive do not count) and the host's delay since the last start has passed.
-- Returns 0 (go) or how many milliseconds to wait. Redis's clock, so that workers' clocks may differ.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
local nxt = tonumber(redis.call('GET', KEYS[2]) or '0')
if nxt > now then return nxt - now end
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
  for _, slot in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
    local owner = string.sub(slot, 1, string.find(slot, '\t', 1, true) - 1)
    local beat = redis.call('ZSCORE', KEYS[3], owner)
    if not beat or tonumber(beat) < now / 1000 - tonumber(ARGV[5]) then redis.call('ZREM', KEYS[1], slot) end
  end
  if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 50 end
end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[4]), ARGV[1])
redis.call('PEXPIRE', KEYS[1], ARGV[4])
if tonumber(ARGV[2]) > 0 then redis.call('SET', KEYS[2], now + tonumber(ARGV[2]), 'PX', ARGV[2]) end
return 0
