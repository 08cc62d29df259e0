-- Take the best request and record it under this worker, in one step: a worker killed at any point
-- leaves each request either in the queue or in its leases.
local top = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #top == 0 then return nil end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
local lease = redis.sha1hex(top[1])
redis.call('HSET', KEYS[2], lease, top[2] .. '\n' .. top[1])
return {lease, top[1]}
