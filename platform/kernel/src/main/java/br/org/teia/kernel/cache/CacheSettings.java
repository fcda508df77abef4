package br.org.teia.kernel.cache;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code teia.cache.*}: how long entries live (both stores), the prefix of every Redis key, and
 * how many entries each in-process cache holds.
 */
@ConfigurationProperties("teia.cache")
public record CacheSettings(
    @DefaultValue("10m") Duration ttl,
    @DefaultValue("teia:cache:") String redisKeyPrefix,
    @DefaultValue("10000") long caffeineMaximumSize) {}
