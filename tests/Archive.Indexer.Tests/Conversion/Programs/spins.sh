#!/bin/sh
# Computes without end.
while :; do :; done
