-- Is anyone else still at work? Leases of the other live workers.
local busy = 0
for _, worker in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  if worker ~= ARGV[2] then busy = busy + redis.call('HLEN', ARGV[1] .. worker) end
end
return busy
