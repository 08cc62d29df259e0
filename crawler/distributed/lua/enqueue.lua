-- Mark the request seen and queue it together (a worker killed between the two would lose it), and
-- release the lease of the request it replaces (a redirect or a retry) in the same step.
local added = 1
if ARGV[1] ~= '' then added = redis.call('SADD', KEYS[2], ARGV[1]) end
if added == 1 then redis.call('ZADD', KEYS[1], ARGV[2], ARGV[3]) end
if ARGV[4] ~= '' then redis.call('HDEL', KEYS[3], ARGV[4]) end
return added
