-- An article goes to the writer once per round, even if its page was fetched twice (a request put
-- back after its worker was presumed dead).
if redis.call('SADD', KEYS[2], ARGV[1]) == 1 then
  redis.call('RPUSH', KEYS[1], ARGV[2])
  return 1
end
return 0
