#!/usr/bin/env node
require('./ts-runtime').loadEntry('cli');
