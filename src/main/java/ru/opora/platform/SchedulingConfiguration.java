package ru.opora.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on {@code @Scheduled} jobs (the daily overdue check); each job guards itself against running on several nodes. */
@Configuration
@EnableScheduling
class SchedulingConfiguration {}
