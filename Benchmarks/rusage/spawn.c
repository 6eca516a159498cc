/*
 * rusage-spawn REPORT COMMAND [ARG...]
 *
 * Runs COMMAND (inheriting stdin, stdout and stderr), waits for it with wait4(2) and writes
 * "exit=<code> maxrss_kib=<peak RSS> wall_ns=<ns> cpu_us=<user+system>" to the file REPORT;
 * exits with the command's exit code (128+n after a signal).
 *
 * Why a helper: Linux keeps ru_maxrss across execve(2) and a forked child starts with its
 * parent's pages, so a command started straight from Python reports at least the Python
 * process's own peak RSS (tens of MiB once bench.py has generated data). Started from this
 * small process, the command's peak RSS is exact down to about a MiB.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>

extern char **environ;

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: rusage-spawn REPORT COMMAND [ARG...]\n");
        return 64;
    }
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid;
    int error = posix_spawnp(&pid, argv[2], NULL, NULL, &argv[2], environ);
    if (error != 0) {
        fprintf(stderr, "rusage-spawn: cannot run %s: %s\n", argv[2], strerror(error));
        return 127;
    }
    int status = 0;
    struct rusage usage;
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR) { perror("rusage-spawn: wait4"); return 70; }
    }
    clock_gettime(CLOCK_MONOTONIC, &end);
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    long long ns = (long long)(end.tv_sec - start.tv_sec) * 1000000000LL + (end.tv_nsec - start.tv_nsec);
    FILE *report = fopen(argv[1], "w");
    if (report == NULL) { perror("rusage-spawn: report"); return 70; }
    long long cpu = (long long)(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000LL
                    + usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
    fprintf(report, "exit=%d maxrss_kib=%ld wall_ns=%lld cpu_us=%lld\n", code, usage.ru_maxrss, ns, cpu);
    fclose(report);
    return code;
}
