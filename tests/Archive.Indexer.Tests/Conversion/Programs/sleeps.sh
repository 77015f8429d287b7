#!/bin/sh
# Waits three seconds, computing nothing, then answers: a conversion waiting for a core on a busy machine.
sleep 3
echo done
