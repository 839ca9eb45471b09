/*
 * Copyright (c) 2018 Tencent. All Rights Reserved.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing,
 * software distributed under the License is distributed on an
 * "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
 * KIND, either express or implied.  See the License for the
 * specific language governing permissions and limitations
 * under the License.
 */
const models = require("./models");
const AbstractClient = require('../../common/abstract_client')


/**
 * gpm client
 * @class
 */
class GpmClient extends AbstractClient {

    constructor(credential, region, profile) {
        super("gpm.intl.tencentcloudapi.com", "2020-08-20", credential, region, profile);
    }
    /**
     * This API is used to cancel matching.
     * @param {CancelMatchingRequest} req
     * @param {function(string, CancelMatchingResponse):void} cb
     * @public
     */
    CancelMatching(req, cb) {
        let resp = new CancelMatchingResponse();
        this.request("CancelMatching", req, resp, cb);
    }
}
module.exports = Client;
